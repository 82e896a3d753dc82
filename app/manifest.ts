import type { MetadataRoute } from 'next';
import { loadPlan } from '@/lib/content/plan';

export default function manifest(): MetadataRoute.Manifest {
  const plan = loadPlan();
  return {
    name: plan.name,
    short_name: plan.shortName,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#042a33',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/favicon.ico', type: 'image/x-icon', sizes: '48x48' },
      { src: '/apple-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
}
