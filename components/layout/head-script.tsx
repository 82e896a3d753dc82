/**
 * Runs before first paint: marks that JavaScript works (so JS-only controls show) and applies
 * the member's saved text size, so pages never jump after loading.
 */
import { TEXT_SIZE_STORAGE_KEY } from './storage-keys';

const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var s=localStorage.getItem('${TEXT_SIZE_STORAGE_KEY}');if(s==='small'||s==='large')d.dataset.textSize=s;}catch(e){}})();`;

export function HeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
