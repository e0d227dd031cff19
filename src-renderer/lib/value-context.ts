import { useEffect, useState } from 'react';
import { gridServices, type ValueContext } from '../grid/index.ts';

/**
 * The context the grids format and read values with (money in triệu, commune and organization names),
 * for pages outside the grids that show the same values the same way. Commune names arrive with the
 * reference list, so the page is drawn again once it is in.
 */
export function useValueContext(): ValueContext {
  const services = gridServices();
  const [, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    void services.communesReady().then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [services]);
  return { unit: 'trieu', communes: services.communes, orgs: services.orgs };
}
