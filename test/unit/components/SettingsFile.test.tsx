// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type ImportOutcome, SettingsFile } from '../../../components/SettingsFile';
import { click, interact, mount, text } from './render';

async function chooseFile(input: HTMLInputElement, content: string, size?: number) {
  const file = new File([content], 'settings.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  interact(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() =>
    expect(input.closest('.k-file')!.querySelector('[data-testid="import-status"]')).not.toBeNull(),
  );
}

describe('SettingsFile', () => {
  it('exports through the callback; the file input is labelled', () => {
    const onExport = vi.fn();
    const c = mount(<SettingsFile lang="ar" onExport={onExport} onImport={async () => ({ ok: true, problems: [] })} />);
    click([...c.querySelectorAll('button')].find((b) => text(b) === 'صدّر الإعدادات إلى ملف'));
    expect(onExport).toHaveBeenCalledOnce();
    const input = c.querySelector('input[type="file"]')!;
    expect(text(c.querySelector(`label[for="${input.id}"]`))).toBe('استورد الإعدادات من ملف');
  });

  it('imports a file and reports fields that were reset', async () => {
    const onImport = vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, problems: ['settings.theme: invalid'] }));
    const c = mount(<SettingsFile lang="en" onExport={() => {}} onImport={onImport} />, 'ltr');
    await chooseFile(c.querySelector('input[type="file"]')!, '{"kashifSettings":true}');
    expect(onImport).toHaveBeenCalledWith('{"kashifSettings":true}');
    expect(text(c.querySelector('[role="status"]'))).toContain('these fields were reset to their defaults');
    expect(text(c.querySelector('[role="status"] code'))).toBe('settings.theme: invalid');
  });

  it('shows an import error as an alert', async () => {
    const c = mount(
      <SettingsFile
        lang="en"
        onExport={() => {}}
        onImport={async () => ({ ok: false, error: 'the file is not JSON' })}
      />,
      'ltr',
    );
    await chooseFile(c.querySelector('input[type="file"]')!, 'nope');
    expect(text(c.querySelector('[role="alert"]'))).toBe('Nothing was imported: the file is not JSON');
  });

  it('refuses a huge file without reading it', async () => {
    const onImport = vi.fn();
    const c = mount(<SettingsFile lang="en" onExport={() => {}} onImport={onImport} />, 'ltr');
    await chooseFile(c.querySelector('input[type="file"]')!, '{}', 50_000_000);
    expect(onImport).not.toHaveBeenCalled();
    expect(text(c.querySelector('[role="alert"]'))).toBe('Nothing was imported: the file is too big');
  });
});
