const reason = { why: 'because' };
const p = Promise.reject(reason);
p.catch(r => console.log(r === reason, r));
Promise.reject(Promise.resolve(1)).catch(r => console.log('reject does not unwrap:', r instanceof Promise));
