import { render } from 'preact';
import { Controls } from '../../components/controls/Controls';
import { useSettings } from '../../components/controls/useSettings';
import { pickLang } from '../../lib/i18n/lang';

const lang = pickLang(navigator.languages);
document.documentElement.lang = lang;

function Options() {
  const [settings, save] = useSettings();
  return (
    <>
      <h1>MPP Context</h1>
      {settings && <Controls lang={lang} settings={settings} host={null} onChange={(s) => void save(s)} />}
    </>
  );
}

render(<Options />, document.getElementById('app')!);
