const reasons = [undefined, null, 0, '', false, { x: 1 }, [1, 2]];
Promise.all(reasons.map(r => Promise.reject(r).catch(v => v === r))).then(v => console.log(v));
