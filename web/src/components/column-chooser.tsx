import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ChoosableColumn = { key: string; title: ReactNode; defaultHidden?: boolean };

const STORAGE_PREFIX = 'yardstick.columns.';

function readHidden(storageKey: string, columns: readonly ChoosableColumn[]): string[] {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + storageKey);
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    if (Array.isArray(parsed)) return parsed.filter((key) => typeof key === 'string');
  } catch {
    // Unreadable or disabled storage: fall back to the defaults.
  }
  return columns.filter((column) => column.defaultHidden).map((column) => column.key);
}

/** Which optional columns a list shows, remembered per list on this device. */
export function useColumnChoice(storageKey: string, columns: readonly ChoosableColumn[]) {
  const [hidden, setHiddenState] = useState(() => readHidden(storageKey, columns));
  const setHidden = (keys: string[]) => {
    setHiddenState(keys);
    try {
      localStorage.setItem(STORAGE_PREFIX + storageKey, JSON.stringify(keys));
    } catch {
      // The choice lasts for this visit only.
    }
  };
  return { hidden, setHidden };
}

export function ColumnChooser({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly ChoosableColumn[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical gap={6} data-testid="column-chooser-list">
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          checked={!hidden.includes(column.key)}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? hidden.filter((key) => key !== column.key)
                : [...hidden, column.key],
            )
          }
        >
          {column.title}
        </Checkbox>
      ))}
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('records.columns')} content={content}>
      <Button
        icon={<SettingOutlined />}
        data-testid="column-chooser"
        aria-label={t('records.columns')}
      >
        {t('records.columns')}
      </Button>
    </Popover>
  );
}
