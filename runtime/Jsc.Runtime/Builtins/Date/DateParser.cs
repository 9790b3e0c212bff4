using Jsc.Runtime.AbstractOps;

namespace Jsc.Runtime.Builtins;

/// <summary>
/// Date.parse as V8 does it (https://tc39.es/ecma262/#sec-date.parse leaves all but the
/// Date Time String Format to implementations). The string is first read as an ISO date
/// (https://tc39.es/ecma262/#sec-date-time-string-format); whatever is left goes to the legacy
/// reader, which collects numbers, month names, am/pm and zone names into a day, a time and
/// a zone, and orders the day by the same rules as V8 (Y-M-D when the first number is not
/// a day, M-D-Y otherwise; with a month name, the other two numbers are a day and a year).
/// </summary>
internal sealed class DateParser
{
    const int None = int.MaxValue;

    readonly string _s;
    int _pos;
    Token _next;

    // The day: up to three numbers, a named month, and whether the ISO reader filled it.
    readonly int[] _day = new int[3];
    int _dayCount;
    int _namedMonth = None;
    bool _isoDate;
    // The time: hour, minute, second, ms, and 0 or 12 for am/pm.
    readonly int[] _time = new int[4];
    int _timeCount;
    int _hourOffset = None;
    // The zone: sign, hours and minutes of an explicit offset.
    int _tzSign = None, _tzHour = None, _tzMinute = None;

    enum Kind { End, Number, Symbol, Word, Space, Unknown, Invalid }

    enum WordType { Other, Month, Zone, TimeSeparator, AmPm }

    readonly record struct Token(Kind Kind, int Value = 0, int Length = 0, WordType Word = WordType.Other)
    {
        public bool IsSymbol(char c) => Kind == Kind.Symbol && Value == c;
        public bool IsSign => Kind == Kind.Symbol && Value is '+' or '-';
        public bool IsNumber(int length) => Kind == Kind.Number && Length == length;
        public bool IsZ => Kind == Kind.Word && Word == WordType.Zone && Length == 1 && Value == 0;
    }

    DateParser(string s)
    {
        _s = s;
        _next = Scan();
    }

    /// <summary>The time value the string denotes, or NaN.</summary>
    public static double Parse(string s)
    {
        var p = new DateParser(s);
        if (!p.Run(out var f)) return double.NaN;
        double date = DateMath.MakeDate(DateMath.MakeDay(f[0], f[1], f[2]), DateMath.MakeTime(f[3], f[4], f[5], f[6]));
        if (double.IsNaN(f[7]))
        {
            // No zone: local time (within ten days of the range, as V8 allows before converting).
            if (Math.Abs(date) > DateMath.MaxTime + 864000000) return double.NaN;
            date = DateMath.Utc(date);
        }
        else date -= f[7] * 1000;
        return DateMath.TimeClip(date);
    }

    Token Next()
    {
        var t = _next;
        _next = Scan();
        return t;
    }

    bool SkipSymbol(char c)
    {
        if (!_next.IsSymbol(c)) return false;
        Next();
        return true;
    }

    Token Scan()
    {
        if (_pos >= _s.Length) return new(Kind.End);
        char c = _s[_pos];
        if (c is >= '0' and <= '9')
        {
            int start = _pos, n = 0;
            while (_pos < _s.Length && _s[_pos] is >= '0' and <= '9')
            {
                if (_pos - start < 9) n = n * 10 + (_s[_pos] - '0');
                _pos++;
            }
            return new(Kind.Number, n, _pos - start);
        }
        if (c is ':' or '-' or '+' or '.' or ')')
        {
            _pos++;
            return new(Kind.Symbol, c, 1);
        }
        if (c >= 'A')
        {
            int start = _pos;
            while (_pos < _s.Length && _s[_pos] >= 'A') _pos++;
            var word = _s.AsSpan(start, Math.Min(3, _pos - start)).ToString().ToLowerInvariant();
            return Keyword(word, _pos - start);
        }
        if (TypeConversion.IsJsWhitespace(c))
        {
            _pos++;
            return new(Kind.Space);
        }
        if (c == '(')
        {
            // Parenthesised comments are skipped, nested ones too.
            int depth = 0;
            do
            {
                if (_s[_pos] == '(') depth++;
                else if (_s[_pos] == ')') depth--;
                _pos++;
            } while (depth > 0 && _pos < _s.Length);
            return new(Kind.Unknown);
        }
        _pos++;
        return new(Kind.Unknown);
    }

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    static Token Keyword(string prefix, int length)
    {
        int month = Array.IndexOf(Months, prefix);
        if (month >= 0) return new(Kind.Word, month + 1, length, WordType.Month);
        if (length > 3) return new(Kind.Word, 0, length);
        return prefix switch
        {
            "am" => new(Kind.Word, 0, length, WordType.AmPm),
            "pm" => new(Kind.Word, 12, length, WordType.AmPm),
            "ut" or "utc" or "z" or "gmt" => new(Kind.Word, 0, length, WordType.Zone),
            "cdt" => new(Kind.Word, -5, length, WordType.Zone),
            "cst" => new(Kind.Word, -6, length, WordType.Zone),
            "edt" => new(Kind.Word, -4, length, WordType.Zone),
            "est" => new(Kind.Word, -5, length, WordType.Zone),
            "mdt" => new(Kind.Word, -6, length, WordType.Zone),
            "mst" => new(Kind.Word, -7, length, WordType.Zone),
            "pdt" => new(Kind.Word, -7, length, WordType.Zone),
            "pst" => new(Kind.Word, -8, length, WordType.Zone),
            "t" => new(Kind.Word, 0, length, WordType.TimeSeparator),
            _ => new(Kind.Word, 0, length),
        };
    }

    static bool Between(int x, int lo, int hi) => x >= lo && x <= hi;

    void SetZone(int hours)
    {
        _tzSign = hours < 0 ? -1 : 1;
        _tzHour = Math.Abs(hours);
        _tzMinute = 0;
    }

    bool TimeExpects(int n) => _timeCount == 1 && Between(n, 0, 59) || _timeCount == 2 && Between(n, 0, 59) || _timeCount == 3 && Between(n, 0, 999);

    bool AddTime(int n)
    {
        if (_timeCount >= 4) return false;
        _time[_timeCount++] = n;
        return true;
    }

    bool AddTimeFinal(int n)
    {
        if (!AddTime(n)) return false;
        while (_timeCount < 4) _time[_timeCount++] = 0;
        return true;
    }

    bool AddDay(int n)
    {
        if (_dayCount >= 3) return false;
        _day[_dayCount++] = n;
        return true;
    }

    /// <summary>The first three significant digits of a fraction, as milliseconds.</summary>
    static int Milliseconds(Token t)
    {
        int n = t.Value, length = Math.Min(t.Length, 9);
        if (length == 1) return n * 100;
        if (length == 2) return n * 10;
        while (length-- > 3) n /= 10;
        return n;
    }

    bool Run(out double[] fields)
    {
        fields = new double[8];
        var token = ParseIso();
        if (token.Kind == Kind.Invalid) return false;
        bool hasNumber = _dayCount > 0;
        for (; token.Kind != Kind.End; token = Next())
        {
            if (token.Kind == Kind.Number)
            {
                hasNumber = true;
                int n = token.Value;
                if (SkipSymbol(':'))
                {
                    if (SkipSymbol(':'))
                    {
                        if (_timeCount != 0) return false;
                        AddTime(n);
                        AddTime(0);
                    }
                    else
                    {
                        if (!AddTime(n)) return false;
                        if (_next.IsSymbol('.')) Next();
                    }
                }
                else if (SkipSymbol('.') && TimeExpects(n))
                {
                    AddTime(n);
                    if (_next.Kind != Kind.Number) return false;
                    AddTimeFinal(Milliseconds(Next()));
                }
                else if (_tzHour != None && _tzMinute == None && Between(n, 0, 59))
                {
                    _tzMinute = n;
                }
                else if (TimeExpects(n))
                {
                    AddTimeFinal(n);
                    if (_next.Kind is not (Kind.End or Kind.Space) && !_next.IsZ && !_next.IsSign) return false;
                }
                else
                {
                    if (!AddDay(n)) return false;
                    SkipSymbol('-');
                }
            }
            else if (token.Kind == Kind.Word)
            {
                if (token.Word == WordType.AmPm && _timeCount != 0) _hourOffset = token.Value;
                else if (token.Word == WordType.Month)
                {
                    _namedMonth = token.Value;
                    SkipSymbol('-');
                }
                else if (token.Word == WordType.Zone && hasNumber) SetZone(token.Value);
                else
                {
                    // Words are allowed only before the first number, and apart from it.
                    if (hasNumber || _next.Kind == Kind.Number) return false;
                }
            }
            else if (token.IsSign && (_tzHour == 0 && _tzMinute == 0 || _timeCount != 0))
            {
                // A UTC offset, after a time or "UTC": +hh, +hhmm or +hh:mm.
                _tzSign = token.Value == '+' ? 1 : -1;
                int n = 0, length = 0;
                if (_next.Kind == Kind.Number)
                {
                    var number = Next();
                    n = number.Value;
                    length = number.Length;
                }
                hasNumber = true;
                if (_next.IsSymbol(':')) { _tzHour = n; _tzMinute = None; }
                else if (length is 1 or 2) { _tzHour = n; _tzMinute = 0; }
                else if (length is 3 or 4) { _tzHour = n / 100; _tzMinute = n % 100; }
                else return false;
            }
            else if ((token.IsSign || token.IsSymbol(')')) && hasNumber)
            {
                return false;
            }
        }
        return WriteDay(fields) && WriteTime(fields) && WriteZone(fields);
    }

    /// <summary>
    /// The Date Time String Format, [+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-HH:mm]], with V8's
    /// extensions (any number of fraction digits, +HHmm). Returns the first token it could not
    /// use, for the legacy reader, End when the whole string was ISO, or Invalid.
    /// </summary>
    Token ParseIso()
    {
        if (_next.IsSign)
        {
            var sign = Next();
            if (!_next.IsNumber(6)) return sign;
            int year = Next().Value;
            if (sign.Value == '-' && year == 0) return sign;
            AddDay(sign.Value == '-' ? -year : year);
        }
        else if (_next.IsNumber(4)) AddDay(Next().Value);
        else return Next();
        if (SkipSymbol('-'))
        {
            if (!_next.IsNumber(2) || !Between(_next.Value, 1, 12)) return Next();
            AddDay(Next().Value);
            if (SkipSymbol('-'))
            {
                if (!_next.IsNumber(2) || !Between(_next.Value, 1, 31)) return Next();
                AddDay(Next().Value);
            }
        }
        if (!(_next.Kind == Kind.Word && _next.Word == WordType.TimeSeparator))
        {
            if (_next.Kind != Kind.End) return Next();
        }
        else
        {
            Next();
            // 24:00[:00[.000]] is the end of the day; no other time starts with 24.
            if (!_next.IsNumber(2) || !Between(_next.Value, 0, 24)) return new(Kind.Invalid);
            bool hour24 = _next.Value == 24;
            AddTime(Next().Value);
            if (!SkipSymbol(':')) return new(Kind.Invalid);
            if (!_next.IsNumber(2) || !Between(_next.Value, 0, 59) || hour24 && _next.Value > 0) return new(Kind.Invalid);
            AddTime(Next().Value);
            if (SkipSymbol(':'))
            {
                if (!_next.IsNumber(2) || !Between(_next.Value, 0, 59) || hour24 && _next.Value > 0) return new(Kind.Invalid);
                AddTime(Next().Value);
                if (SkipSymbol('.'))
                {
                    if (_next.Kind != Kind.Number || hour24 && _next.Value > 0) return new(Kind.Invalid);
                    AddTime(Milliseconds(Next()));
                }
            }
            if (_next.IsZ)
            {
                Next();
                SetZone(0);
            }
            else if (_next.IsSign)
            {
                _tzSign = Next().Value == '+' ? 1 : -1;
                if (_next.IsNumber(4))
                {
                    int hourMinute = Next().Value;
                    if (!Between(hourMinute / 100, 0, 23) || !Between(hourMinute % 100, 0, 59)) return new(Kind.Invalid);
                    _tzHour = hourMinute / 100;
                    _tzMinute = hourMinute % 100;
                }
                else
                {
                    if (!_next.IsNumber(2) || !Between(_next.Value, 0, 23)) return new(Kind.Invalid);
                    _tzHour = Next().Value;
                    if (!SkipSymbol(':')) return new(Kind.Invalid);
                    if (!_next.IsNumber(2) || !Between(_next.Value, 0, 59)) return new(Kind.Invalid);
                    _tzMinute = Next().Value;
                }
            }
            if (_next.Kind != Kind.End) return new(Kind.Invalid);
        }
        // Date-only forms are UTC; date-time forms without an offset are local time.
        if (_tzHour == None && _timeCount == 0) SetZone(0);
        _isoDate = true;
        return new(Kind.End);
    }

    bool WriteDay(double[] fields)
    {
        if (_dayCount < 1) return false;
        while (_dayCount < 3) _day[_dayCount++] = 1;
        int year = 0, month, day;
        if (_namedMonth == None)
        {
            if (_isoDate || !Between(_day[0], 1, 31))
                (year, month, day) = (_day[0], _day[1], _day[2]);
            else
                (month, day, year) = (_day[0], _day[1], _day[2]);
        }
        else
        {
            month = _namedMonth;
            if (!Between(_day[0], 1, 31)) (year, day) = (_day[0], _day[1]);
            else (day, year) = (_day[0], _day[1]);
        }
        if (!_isoDate)
        {
            if (Between(year, 0, 49)) year += 2000;
            else if (Between(year, 50, 99)) year += 1900;
        }
        if (!Between(month, 1, 12) || !Between(day, 1, 31)) return false;
        fields[0] = year;
        fields[1] = month - 1;
        fields[2] = day;
        return true;
    }

    bool WriteTime(double[] fields)
    {
        while (_timeCount < 4) _time[_timeCount++] = 0;
        int hour = _time[0], minute = _time[1], second = _time[2], ms = _time[3];
        if (_hourOffset != None)
        {
            if (!Between(hour, 0, 12)) return false;
            hour = hour % 12 + _hourOffset;
        }
        if (!Between(hour, 0, 23) || !Between(minute, 0, 59) || !Between(second, 0, 59) || !Between(ms, 0, 999))
        {
            if (hour != 24 || minute != 0 || second != 0 || ms != 0) return false;
        }
        fields[3] = hour;
        fields[4] = minute;
        fields[5] = second;
        fields[6] = ms;
        return true;
    }

    bool WriteZone(double[] fields)
    {
        if (_tzSign == None)
        {
            fields[7] = double.NaN;
            return true;
        }
        long hours = _tzHour == None ? 0 : _tzHour, minutes = _tzMinute == None ? 0 : _tzMinute;
        long seconds = hours * 3600 + minutes * 60;
        if (seconds > int.MaxValue / 2) return false;
        fields[7] = _tzSign * seconds;
        return true;
    }
}
