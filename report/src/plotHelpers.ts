/** Small pieces the views share: dates for Plot's time scales, and clickable marks. */
import type { RenderFunction } from '@observablehq/plot';
import type { Host, LinePlace } from './model';
import { placeLabel } from './model';

/** A calendar date as a UTC Date (Plot's time scales are UTC). */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * A Plot render hook that makes each element of a mark (in index order) open its item's place, and
 * names it for tests and screen readers (`data-key`).
 */
export function clickable<T>(
  items: T[],
  placeOf: (d: T) => LinePlace,
  keyOf: (d: T) => string,
  host: Host,
): RenderFunction {
  return function (this: unknown, index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGElement;
    const els = g.querySelectorAll(':scope > *');
    els.forEach((el, j) => {
      const i = index[j];
      if (i === undefined) return;
      const d = items[i];
      if (!d) return;
      el.setAttribute('data-key', keyOf(d));
      el.setAttribute('data-place', placeLabel(placeOf(d)));
      if (host.open) {
        (el as SVGElement).style.cursor = 'pointer';
        el.addEventListener('click', () => host.open!(placeOf(d)));
      }
    });
    return g;
  };
}
