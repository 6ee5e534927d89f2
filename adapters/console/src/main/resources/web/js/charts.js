// Apache ECharts (the WebJar unpacked under vendor/ at build time), loaded on first use only: the pages without charts
// never fetch it. A <script src> of our own origin, as the Content-Security-Policy allows; no eval, no inline style.
let loading;

export function echartsReady() {
  loading ??= new Promise((resolve, reject) => {
    if (window.echarts) { resolve(window.echarts); return; }
    const script = document.createElement('script');
    script.src = 'vendor/echarts/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => { loading = undefined; reject(new Error('echarts')); };
    document.head.append(script);
  });
  return loading;
}
