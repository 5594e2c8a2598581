import { EditOutlined, PlusOutlined, PoweroffOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Grid, Input, Segmented, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProducts, updateProduct } from '../../api/products-api';
import type { Product } from '../../api/products-api';
import { useFormatters } from '../../components/formatters';
import { useErrorReporter } from '../../components/use-error-reporter';
import { PRODUCTS_KEY, ProductFormDialog } from './product-form-dialog';
import { SettingsPageFrame } from './settings-page-frame';

type StatusFilter = 'all' | 'true' | 'false';
const PAGE_SIZE = 20;

/** The product catalogue: search, create, edit, and deactivate what is no longer sold. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const narrow = Grid.useBreakpoint().md === false;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [switching, setSwitching] = useState<string | null>(null);

  const query = {
    page,
    pageSize: PAGE_SIZE,
    ...(search ? { q: search } : {}),
    ...(status === 'all' ? {} : { active: status }),
  };
  const products = useQuery({
    queryKey: [...PRODUCTS_KEY, query],
    queryFn: () => listProducts(query),
    placeholderData: keepPreviousData,
  });

  const switchActive = async (product: Product) => {
    setSwitching(product.id);
    try {
      const saved = await updateProduct(product.id, {
        version: product.version,
        active: !product.active,
      });
      void message.success(
        t(saved.active ? 'systemAdmin.products.activated' : 'systemAdmin.products.deactivated', {
          name: saved.name,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: PRODUCTS_KEY });
    } catch (error) {
      reportError(error);
    } finally {
      setSwitching(null);
    }
  };

  const priceOf = (product: Product) => format.money(product.unitPriceCents, product.currency);
  const statusTag = (product: Product) =>
    product.active ? (
      <Tag color="success">{t('systemAdmin.products.active')}</Tag>
    ) : (
      <Tag>{t('systemAdmin.products.inactive')}</Tag>
    );

  const columns: TableProps<Product>['columns'] = [
    {
      key: 'name',
      title: t('systemAdmin.products.name'),
      render: (_, product) => (
        <Flex vertical align="start">
          <Typography.Text strong={product.active} type={product.active ? undefined : 'secondary'}>
            {product.name}
          </Typography.Text>
          {/* On a phone the code, price and status go under the name instead of into columns. */}
          {narrow && (
            <Typography.Text type="secondary">
              {[product.code, priceOf(product)].filter(Boolean).join(' · ')} {statusTag(product)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'code',
      hidden: narrow,
      title: t('systemAdmin.products.code'),
      render: (_, product) => product.code ?? '—',
    },
    {
      key: 'price',
      hidden: narrow,
      align: 'right',
      title: t('systemAdmin.products.price'),
      render: (_, product) => priceOf(product),
    },
    {
      key: 'status',
      hidden: narrow,
      title: t('systemAdmin.products.status'),
      render: (_, product) => statusTag(product),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, product) =>
        product.access === 'write' && (
          <Flex wrap gap={4}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              data-testid={`edit-product-${product.id}`}
              onClick={() => setEditing(product)}
            >
              {t('common.edit')}
            </Button>
            <Button
              type="link"
              size="small"
              danger={product.active}
              icon={<PoweroffOutlined />}
              loading={switching === product.id}
              onClick={() => void switchActive(product)}
            >
              {t(
                product.active
                  ? 'systemAdmin.products.deactivate'
                  : 'systemAdmin.products.activate',
              )}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('systemAdmin.products.title')}
      intro={t('systemAdmin.products.intro')}
      query={products}
      testId="products-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="create-product"
          onClick={() => setEditing('new')}
        >
          {t('systemAdmin.products.create')}
        </Button>
      }
    >
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('systemAdmin.products.search')}
            style={{ maxWidth: 320 }}
            onSearch={(value) => {
              setSearch(value.trim());
              setPage(1);
            }}
          />
          <Segmented<StatusFilter>
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('systemAdmin.products.all') },
              { value: 'true', label: t('systemAdmin.products.active') },
              { value: 'false', label: t('systemAdmin.products.inactive') },
            ]}
          />
        </Flex>
        <Table<Product>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={products.data?.items}
          loading={products.isFetching}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: products.data?.total,
            showSizeChanger: false,
            onChange: setPage,
          }}
          scroll={narrow ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('systemAdmin.products.empty') }}
          data-testid="products-table"
        />
      </Card>
      <ProductFormDialog
        open={editing !== null}
        product={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </SettingsPageFrame>
  );
}
