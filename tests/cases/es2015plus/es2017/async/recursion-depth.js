// Deep recursion through awaits.
async function depth(n) { if (n === 0) return 0; return 1 + await depth(n - 1); }
depth(2000).then(function (v) { console.log('depth', v); });
