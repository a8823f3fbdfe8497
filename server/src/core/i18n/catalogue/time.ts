/** Spans of time and distances from the reference date ("3 months ago", "in 1 year 2 months"). */
import type { CataloguePart } from './entry';

export const time = {
  'time.today': {
    en: 'today',
    zh: '今天',
  },
  'time.in': {
    en: 'in {duration}',
    zh: '{duration}后',
  },
  'time.ago': {
    en: '{duration} ago',
    zh: '{duration}前',
  },
  'time.days': {
    en: '{days} {days, plural, one {day} other {days}}',
    zh: '{days} 天',
  },
  'time.months': {
    en: '{months} {months, plural, one {month} other {months}}',
    zh: '{months} 个月',
  },
  'time.years': {
    en: '{years} {years, plural, one {year} other {years}}',
    zh: '{years} 年',
  },
  'time.years-months': {
    en: '{years} {years, plural, one {year} other {years}} {months} {months, plural, one {month} other {months}}',
    zh: '{years} 年 {months} 个月',
  },
} as const satisfies CataloguePart;
