/** Product name, what the map shows, and where its facts come from. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <p className="site-header__kicker">Secure Communities, 2008–2013</p>
      <h1 className="site-header__title">SComm Atlas</h1>
      <p className="site-header__lede">
        Each county’s Secure Communities status on the chosen date: when ICE switched on the program that sent the
        fingerprints of everyone booked into a local jail to DHS, and where states, counties and cities objected.
      </p>
      <p className="site-header__source">
        County activation dates: ICE roster as compiled by Alsan &amp; Yang (2018), updated by Asad &amp; Baer-Bositis
        (2025), via Vargas-Núñez et al. (2026); events: see each jurisdiction’s sources.
      </p>
    </header>
  );
}
