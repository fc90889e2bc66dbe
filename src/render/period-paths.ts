// Render stage: paths of the date archives above an article or period, for
// breadcrumbs. Mirrors the model's Period.path convention ("/2023/08/06/").

const two = (n: number): string => String(n).padStart(2, "0");

export function yearPath(year: number): string {
  return `/${year}/`;
}

export function monthPath(year: number, month: number): string {
  return `/${year}/${two(month)}/`;
}

export function dayPath(year: number, month: number, day: number): string {
  return `/${year}/${two(month)}/${two(day)}/`;
}
