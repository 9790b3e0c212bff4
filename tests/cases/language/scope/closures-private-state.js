// Closures hold private state that outlives the function that created it.
function makeBank(initial) {
  var balance = initial;
  var history = [];
  function record(kind, amount) { history.push(kind + amount); }
  return {
    deposit: function (n) { balance += n; record("+", n); return balance; },
    withdraw: function (n) {
      if (n > balance) throw new Error("insufficient funds");
      balance -= n; record("-", n); return balance;
    },
    history: function () { return history.join(" "); }
  };
}
var acct = makeBank(100);
acct.deposit(50);
acct.withdraw(30);
try { acct.withdraw(1000); } catch (e) { console.log(e.message); }
console.log(acct.history(), acct.balance, typeof balance);
var other = makeBank(1);
console.log(other.deposit(1), acct.deposit(0));
