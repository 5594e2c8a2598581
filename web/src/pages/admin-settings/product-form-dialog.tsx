import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createProduct, updateProduct } from '../../api/products-api';
import type { Product } from '../../api/products-api';
import { FormDialog } from '../../components/form-dialog';
import { YuanInput } from '../../components/yuan-input';
import { centsToYuan, yuanToCents } from '../contracts/money-input';

export const PRODUCTS_KEY = ['products'] as const;

/** The form holds the price in yuan; field names match the API so its errors land on them. */
type ProductFormValues = { name: string; code?: string; unitPriceCents: number; active: boolean };

type ProductFormDialogProps = {
  open: boolean;
  /** The product edited; none to create one. */
  product?: Product;
  onClose: () => void;
};

/** Creates a product, or edits the name, code, price and status of one. */
export function ProductFormDialog({ open, product, onClose }: ProductFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const submit = async (values: ProductFormValues) => {
    const fields = {
      name: values.name.trim(),
      code: values.code?.trim() || null,
      unitPriceCents: yuanToCents(values.unitPriceCents),
      active: values.active,
    };
    const saved = product
      ? await updateProduct(product.id, { ...fields, version: product.version })
      : await createProduct({ ...fields, currency: 'CNY' });
    void message.success(
      t(product ? 'systemAdmin.products.saved' : 'systemAdmin.products.created', {
        name: saved.name,
      }),
    );
    void queryClient.invalidateQueries({ queryKey: PRODUCTS_KEY });
  };

  return (
    <FormDialog<ProductFormValues>
      open={open}
      title={
        product
          ? t('systemAdmin.products.editTitle', { name: product.name })
          : t('systemAdmin.products.create')
      }
      initialValues={
        product
          ? {
              name: product.name,
              code: product.code ?? undefined,
              unitPriceCents: centsToYuan(product.unitPriceCents),
              active: product.active,
            }
          : { active: true }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('systemAdmin.products.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} autoComplete="off" data-testid="product-name" />
      </Form.Item>
      <Form.Item name="code" label={t('systemAdmin.products.code')}>
        <Input maxLength={64} autoComplete="off" data-testid="product-code" />
      </Form.Item>
      <Form.Item
        name="unitPriceCents"
        label={t('systemAdmin.products.price')}
        rules={[{ required: true }]}
      >
        <YuanInput data-testid="product-price" />
      </Form.Item>
      <Form.Item name="active" label={t('systemAdmin.products.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormDialog>
  );
}
