// Addendum §13.1: the sign-in page text's own markup. A blank line starts a paragraph; `[text](link)`,
// `**bold**` / `__bold__`, `*italic*` / `_italic_` and `++underline++`. Everything else is plain text.
export type SignInTextPart =
  { kind: "text" | "bold" | "italic" | "underline"; text: string } | { kind: "link"; text: string; href: string };

const TOKEN = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*\*(.+?)\*\*|__(.+?)__|\+\+(.+?)\+\+|\*(.+?)\*|_(.+?)_/g;

function parseLine(source: string): SignInTextPart[] {
  const parts: SignInTextPart[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ kind: "text", text: source.slice(last, match.index) });
    const [, linkText, href, bold1, bold2, underline, italic1, italic2] = match;
    if (linkText && href) parts.push({ kind: "link", text: linkText, href });
    else if (bold1 ?? bold2) parts.push({ kind: "bold", text: (bold1 ?? bold2) as string });
    else if (underline) parts.push({ kind: "underline", text: underline });
    else parts.push({ kind: "italic", text: (italic1 ?? italic2) as string });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ kind: "text", text: source.slice(last) });
  return parts;
}

/** The paragraphs of a sign-in page text, each a list of formatted parts. */
export function parseSignInText(source: string): SignInTextPart[][] {
  return source
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(parseLine);
}
