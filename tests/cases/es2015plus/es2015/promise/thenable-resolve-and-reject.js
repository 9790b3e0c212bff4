const t = { then(res, rej) { rej('no'); res('yes'); rej('again'); } };
Promise.resolve(t).then(v => console.log('ok', v), e => console.log('rejected', e));
const t2 = { then(res, rej) { res({ then(r) { r('nested'); } }); } };
Promise.resolve(t2).then(v => console.log('nested thenable', v));
