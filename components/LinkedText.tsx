/**
 * Plain text with its web addresses as links, each isolated left to right so
 * an address inside an Arabic sentence keeps its order ("https://epoch.ai/…").
 */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} target="_blank" rel="noreferrer">
            <bdi dir="ltr">{part}</bdi>
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
