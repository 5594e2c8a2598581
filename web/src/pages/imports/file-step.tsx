import { InboxOutlined } from '@ant-design/icons';
import { Flex, Form, Input, Select, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../api/import-export-api';

type FileStepProps = {
  entities: readonly ImportEntity[];
  uploading: boolean;
  onFile: (entity: ImportEntity, file: File, source: string) => void;
};

/** The first step: what the file holds, where it comes from, and the file itself. */
export function FileStep({ entities, uploading, onFile }: FileStepProps) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<ImportEntity | undefined>(entities[0]);
  const [source, setSource] = useState('');
  return (
    <Flex vertical gap={8}>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('imports.page.entity')} required>
          <Select<ImportEntity>
            value={entity}
            onChange={setEntity}
            options={entities.map((value) => ({ value, label: t(`imports.entities.${value}`) }))}
            data-testid="import-entity"
          />
        </Form.Item>
        <Form.Item label={t('imports.page.source')} extra={t('imports.page.sourceHelp')}>
          <Input
            value={source}
            maxLength={100}
            onChange={(event) => setSource(event.target.value)}
            placeholder={t('imports.page.sourcePlaceholder')}
            data-testid="import-source"
          />
        </Form.Item>
      </Form>
      <Spin spinning={uploading} description={t('imports.page.uploading')}>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading || entity === undefined}
            beforeUpload={(file) => {
              if (entity) onFile(entity, file, source.trim());
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <Typography.Paragraph strong style={{ margin: 0 }}>
              {t('imports.page.drop')}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('imports.page.dropHint')}</Typography.Text>
          </Upload.Dragger>
        </div>
      </Spin>
    </Flex>
  );
}
