// Apache ECharts (the WebJar unpacked under vendor/ at build time), loaded on first use only: the pages without charts
// never fetch it. A <script src> of our own origin, as the Content-Security-Policy allows; no eval, no inline style.
let loading;

export function echartsReady() {
  loading ??= new Promise((resolve, reject) => {
    if (window.echarts) { resolve(window.echarts); return; }
    const script = document.createElement('script');
    // The version is in the address (adapters/console's pom unpacks it there) so that the browser may keep it a year.
    script.src = 'vendor/echarts/5.5.0/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => { loading = undefined; reject(new Error('echarts')); };
    document.head.append(script);
  });
  return loading;
}
