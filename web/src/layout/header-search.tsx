import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Flex, Input, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { searchRecords } from '../api/search-api';
import { isSearchShortcut } from './search-shortcut';

const DEBOUNCE_MS = 250;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

/** The header's search box: records of every kind as you type, grouped; `/` focuses it. */
export function HeaderSearch({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const { data, isFetching } = useQuery({
    queryKey: ['search', q],
    queryFn: () => searchRecords(q),
    enabled: q !== '',
    staleTime: 10_000,
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || document.querySelector('.ant-modal-wrap, .ant-drawer-open'))
        return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const links = new Map<string, string>();
  const options = (q === '' ? [] : (data?.groups ?? [])).map((group) => ({
    label: (
      <Flex justify="space-between">
        <span>{t(`search.types.${group.type}`)}</span>
        {group.more && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('search.more', { type: t(`search.types.${group.type}`) })}
          </Typography.Text>
        )}
      </Flex>
    ),
    options: group.items.map((item) => {
      const value = `${group.type}:${item.id}`;
      links.set(value, item.link);
      return {
        value,
        label: (
          <Flex vertical data-testid={`search-hit-${group.type}`}>
            <Typography.Text ellipsis>{item.title}</Typography.Text>
            {item.detail && (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {item.detail}
              </Typography.Text>
            )}
          </Flex>
        ),
      };
    }),
  }));
  const settled = q !== '' && q === text.trim() && !isFetching && data !== undefined;

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={setText}
      onSelect={(value: string) => {
        const link = links.get(value);
        setText('');
        input.current?.blur();
        if (link) void navigate(link);
      }}
      notFoundContent={settled ? t('search.empty') : null}
      popupMatchSelectWidth={compact ? 300 : 400}
      style={{ width: compact ? 150 : 320 }}
    >
      <Input
        ref={input}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={compact ? t('search.label') : `${t('search.placeholder')} (/)`}
        aria-label={t('search.label')}
        title={t('search.shortcut')}
        data-testid="header-search"
      />
    </AutoComplete>
  );
}
