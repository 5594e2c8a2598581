import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DuplicateHint } from '../api/customers-api';
import { likelyDuplicates, type DuplicateQuery } from '../api/search-api';

function pathOf(hint: Extract<DuplicateHint, { visible: true }>): string {
  if (hint.entity === 'customer') return `/customers/${hint.id}`;
  if (hint.entity === 'lead') return `/leads/${hint.id}`;
  return `/contacts?q=${encodeURIComponent(hint.name)}`;
}

function DuplicateList({
  hints,
  onOpen,
}: {
  hints: DuplicateHint[];
  onOpen: (path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="duplicate-hints">
      <Typography.Paragraph>{t('search.duplicates.intro')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 18, marginBottom: 0 }}>
        {hints.map((hint) =>
          hint.visible ? (
            <li key={`${hint.entity}-${hint.id}`}>
              <Typography.Text strong>{hint.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                ({t(`search.duplicates.entities.${hint.entity}`)} ·{' '}
                {t(`search.duplicates.by.${hint.matchedBy}`)})
              </Typography.Text>{' '}
              <Button
                type="link"
                size="small"
                data-testid={`open-duplicate-${hint.id}`}
                onClick={() => onOpen(pathOf(hint))}
              >
                {t('search.duplicates.open')}
              </Button>
            </li>
          ) : (
            <li key={`${hint.entity}-hidden-${hint.matchedBy}`}>
              <Typography.Text type="secondary">
                {t('search.duplicates.hidden', {
                  entity: t(`search.duplicates.entities.${hint.entity}`),
                  by: t(`search.duplicates.by.${hint.matchedBy}`),
                })}
              </Typography.Text>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

/**
 * Before a new customer, lead or contact is saved: asks the server for likely duplicates and,
 * when there are any, shows them with "open the existing one" and "save anyway". Resolves to
 * whether to save.
 */
export function useDuplicateCheck() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  return async (query: DuplicateQuery): Promise<boolean> => {
    const { items } = await likelyDuplicates(query);
    if (items.length === 0) return true;
    return new Promise<boolean>((resolve) => {
      const dialog = modal.confirm({
        title: t('search.duplicates.title'),
        width: 520,
        okText: t('search.duplicates.saveAnyway'),
        okButtonProps: { 'data-testid': 'save-anyway' },
        cancelText: t('common.cancel'),
        content: (
          <DuplicateList
            hints={items}
            onOpen={(path) => {
              dialog.destroy();
              resolve(false);
              void navigate(path);
            }}
          />
        ),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
}
