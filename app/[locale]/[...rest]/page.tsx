import { notFound } from 'next/navigation';

// Any deeper unknown address under a language renders that language's not-found page.
export default function CatchAllNotFound() {
  notFound();
}
