import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPage } from '../../components/lazy-page';
import { isCaptureShortcut, onQuickCapture } from './quick-capture-events';
import type { CapturePreset } from './quick-capture-events';

const QuickCaptureDrawer = lazyPage(() =>
  import('./quick-capture-drawer').then((module) => module.QuickCaptureDrawer),
);

/** The header button (and the N or Ctrl/Cmd+K shortcut) that opens quick capture anywhere. */
export function QuickCaptureButton({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  // Each opening gets a fresh form: the key changes with every open.
  const [opening, setOpening] = useState<{ key: number; preset: CapturePreset } | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const show = (preset: CapturePreset) => {
      setOpening({ key: Date.now(), preset });
      setOpen(true);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isCaptureShortcut(event) || document.querySelector('.ant-modal-wrap, .ant-drawer-open'))
        return;
      event.preventDefault();
      show({});
    };
    window.addEventListener('keydown', onKey);
    const stop = onQuickCapture(show);
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, []);

  return (
    <>
      <Tooltip title={t('capture.shortcut')}>
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          data-testid="quick-capture"
          aria-label={t('capture.open')}
          onClick={() => {
            setOpening({ key: Date.now(), preset: {} });
            setOpen(true);
          }}
        >
          {compact ? null : t('capture.open')}
        </Button>
      </Tooltip>
      {opening && (
        <Suspense fallback={null}>
          <QuickCaptureDrawer
            key={opening.key}
            open={open}
            preset={opening.preset}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
