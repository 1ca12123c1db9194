/** `text` with the first occurrence of `part` in <mark>; plain text when `part` is absent. Text nodes only. */
export function Marked(props: { text: string; part: string }) {
  const at = props.part ? props.text.indexOf(props.part) : -1;
  if (at === -1) return <>{props.text}</>;
  return (
    <>
      {props.text.slice(0, at)}
      <mark>{props.part}</mark>
      {props.text.slice(at + props.part.length)}
    </>
  );
}
