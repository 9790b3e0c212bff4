const p = Promise.reject(new Error('too late'));
setTimeout(() => p.catch(() => console.log('never')), 0);
console.log('sync part runs');
