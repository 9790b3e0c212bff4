const delayed = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
Promise.all([delayed('slow', 20), delayed('fast', 1), 'now']).then(v => console.log(v));
