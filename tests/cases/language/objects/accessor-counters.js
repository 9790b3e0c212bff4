// Accessors compute values on each access and can validate writes.
var account = {
  _balance: 0,
  log: [],
  get balance() { this.log.push("read"); return this._balance; },
  set balance(v) {
    if (typeof v !== "number" || v < 0) { this.log.push("rejected " + v); return; }
    this.log.push("write " + v);
    this._balance = v;
  }
};
account.balance = 50;
account.balance = -5;
account.balance = "lots";
account.balance += 25;
console.log(account.balance, account.log.join(", "));
var seq = { n: 0, get next() { return this.n++; } };
console.log(seq.next, seq.next, seq.next, seq.n);
