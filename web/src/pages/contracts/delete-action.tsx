import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** A row's delete icon that asks first (plans and payments of a contract). */
export function DeleteAction({
  confirm,
  onConfirm,
}: {
  confirm: string;
  onConfirm: () => unknown;
}) {
  const { t } = useTranslation();
  return (
    <Popconfirm title={confirm} onConfirm={onConfirm}>
      <Button
        type="link"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('dealRecords.delete')}
      />
    </Popconfirm>
  );
}
