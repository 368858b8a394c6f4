/**
 * A mail written once as blocks and rendered twice: plain text and accessible HTML with
 * the same content in the same order (language attribute, a title, real headings, a
 * description list for the details, links whose text says where they lead).
 */
export type MailBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'details'; rows: [label: string, value: string][] }
  | { type: 'link'; label: string; url: string; isPrimary?: boolean }
  | { type: 'small'; text: string };

export type MailDocument = {
  locale: string;
  subject: string;
  /** The one h1 of the HTML version. */
  title: string;
  blocks: MailBlock[];
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Line breaks in a text become <br>, everything else is escaped. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

export function renderText(doc: MailDocument): string {
  const parts = [doc.title.toUpperCase(), ''];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        parts.push('', block.text, '-'.repeat(Math.min(block.text.length, 60)));
        break;
      case 'paragraph':
      case 'small':
        parts.push(block.text, '');
        break;
      case 'list':
        parts.push(...block.items.map((item) => `- ${item}`), '');
        break;
      case 'details':
        parts.push(...block.rows.map(([label, value]) => `${label}: ${value}`), '');
        break;
      case 'link':
        parts.push(`${block.label}:`, block.url, '');
        break;
    }
  }
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

const text = 'color:#1a1a1a;font-size:16px;line-height:1.5;margin:0 0 16px';

export function renderHtml(doc: MailDocument): string {
  const body = doc.blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h2 style="color:#0b3d6b;font-size:19px;line-height:1.3;margin:28px 0 8px">${inline(block.text)}</h2>`;
        case 'paragraph':
          return `<p style="${text}">${inline(block.text)}</p>`;
        case 'small':
          return `<p style="color:#4a4a4a;font-size:14px;line-height:1.5;margin:24px 0 0">${inline(block.text)}</p>`;
        case 'list':
          return `<ul style="${text};padding-left:24px">${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
        case 'details':
          return `<dl style="${text}">${block.rows
            .map(
              ([label, value]) =>
                `<dt style="font-weight:bold;margin-top:8px">${inline(label)}</dt><dd style="margin:0">${inline(value)}</dd>`,
            )
            .join('')}</dl>`;
        case 'link':
          return block.isPrimary
            ? `<p style="${text}"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 20px;background:#0b4f8a;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:6px">${inline(block.label)}</a></p>`
            : `<p style="${text}"><a href="${escapeHtml(block.url)}" style="color:#0b4f8a;text-decoration:underline">${inline(block.label)}</a></p>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(doc.locale)}" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${inline(doc.subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<div role="article" aria-label="${escapeHtml(doc.subject)}" lang="${escapeHtml(doc.locale)}" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif">
<h1 style="color:#0b3d6b;font-size:23px;line-height:1.3;margin:0 0 20px">${inline(doc.title)}</h1>
${body}
</div>
</body>
</html>
`;
}
