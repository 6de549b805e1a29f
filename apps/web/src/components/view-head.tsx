/** A view page's head: its title (the page is labelled by `id`) and a line saying what it shows. */
export function ViewHead({ id, title, lede }: { id: string; title: string; lede: string }) {
  return (
    <header className="view-head">
      <h2 id={id} className="view-head__title">
        {title}
      </h2>
      <p className="view-head__lede">{lede}</p>
    </header>
  );
}
