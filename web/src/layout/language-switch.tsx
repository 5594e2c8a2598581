import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/users-api';
import { LANGUAGES } from '../i18n/detect-language';
import { chooseLanguage, currentLanguage } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={currentLanguage()}
      onChange={chooseLanguage}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
