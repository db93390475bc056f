/** The decoded chunks as one text, for the formats that can only be parsed whole (JSON, XML). */
export async function wholeText(text: AsyncIterable<string>): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of text) chunks.push(chunk);
  return chunks.join("");
}
