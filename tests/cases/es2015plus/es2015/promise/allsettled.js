Promise.allSettled([1, Promise.reject(new Error('no')), Promise.resolve('yes'), { then(_, rej) { rej('thenable no'); } }])
  .then(results => {
    for (const r of results) console.log(r.status, 'value' in r ? r.value : r.reason instanceof Error ? r.reason.message : r.reason, Object.keys(r));
  });
Promise.allSettled([]).then(v => console.log('empty', v));
