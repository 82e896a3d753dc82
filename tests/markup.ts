/**
 * For component tests that render with react-dom/server: each element's attributes in name order,
 * so two renderings compare by what they say, not by the order React happened to write them.
 */
export function sortedAttributes(html: string): string {
  return html.replace(/<([a-z]+)((?:\s[\w:-]+(?:="[^"]*")?)*)(\s?\/?)>/g, (_tag, name: string, attributes: string, end: string) => {
    const list = attributes.match(/\s[\w:-]+(?:="[^"]*")?/g) ?? [];
    return `<${name}${[...list].sort().join('')}${end}>`;
  });
}
