// Error subclasses with cause chains, custom names via class fields and static, stack first lines, instanceof across levels.
class AppError extends Error {
  name = 'AppError';
  constructor(message, options) { super(message, options); this.when = 'now'; }
}
class DbError extends AppError { name = 'DbError'; static code = 'E_DB'; }
const root = new TypeError('socket closed');
const e = new DbError('query failed', { cause: new AppError('pool exhausted', { cause: root }) });
const chain = [];
for (let c = e; c; c = c.cause) chain.push(`${c.name}: ${c.message}`);
console.log(chain.join(' <- '));
console.log(e instanceof DbError, e instanceof AppError, e instanceof Error, DbError.code, e.when, Object.keys(e).join());
console.log(e.stack.split('\n')[0], String(e), Object.prototype.toString.call(e));
console.log(JSON.stringify(e), JSON.stringify({ ...e }));
