// Building the page from data without ever parsing server text as HTML: every text goes in as a text node.

/** el('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child…) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };

function unescape(text) {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, entity => ENTITIES[entity]);
}

/**
 * A search snippet: the API marks matches with <em>…</em> and HTML-escapes the rest. Only those two tags are honoured,
 * as <em> elements made here; everything else, unescaped once, becomes text (so a stray "<script>" shows as text).
 */
export function snippet(text) {
  const out = document.createDocumentFragment();
  const parts = String(text ?? '').split(/(<em>|<\/em>)/);
  let inside = false;
  for (const part of parts) {
    if (part === '<em>') { inside = true; continue; }
    if (part === '</em>') { inside = false; continue; }
    if (!part) continue;
    const content = document.createTextNode(unescape(part));
    out.append(inside ? el('em', {}, content) : content);
  }
  return out;
}
