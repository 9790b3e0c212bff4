let fns = [];
const t = { then(res) { fns.push(res); } };
Promise.all([t, t]).then(v => console.log(v));
setTimeout(() => {
  fns[0]('a'); fns[0]('again'); fns[1]('b');
}, 0);
