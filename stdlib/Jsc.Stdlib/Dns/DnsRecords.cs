using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Dns;

/// <summary>
/// Records as node's resolveAny shows them (https://nodejs.org/api/dns.html#dnsresolveanyhostname-callback):
/// every record an object with its `type`; lib/dns.js reshapes them for the single-type methods.
/// </summary>
static class DnsRecords
{
    public static JsValue ToJs(Realm realm, DnsRecord record)
    {
        var o = new JsObject(realm.ObjectPrototype);
        void Set(string key, JsValue value) => o.Set(key, value, true);
        switch (record.Data)
        {
            case string text when record.Type is DnsMessage.A or DnsMessage.AAAA:
                Set("address", text);
                Set("ttl", record.Ttl);
                break;
            case string text:
                Set("value", text);
                break;
            case MxData mx:
                Set("exchange", mx.Exchange);
                Set("priority", mx.Priority);
                break;
            case List<string> chunks:
                var entries = new JsArray(realm.ArrayPrototype);
                foreach (var chunk in chunks) entries.Push(chunk);
                Set("entries", entries);
                break;
            case SrvData srv:
                Set("name", srv.Target);
                Set("port", srv.Port);
                Set("priority", srv.Priority);
                Set("weight", srv.Weight);
                break;
            case SoaData soa:
                Set("nsname", soa.NsName);
                Set("hostmaster", soa.Hostmaster);
                Set("serial", soa.Serial);
                Set("refresh", soa.Refresh);
                Set("retry", soa.Retry);
                Set("expire", soa.Expire);
                Set("minttl", soa.MinTtl);
                break;
            case NaptrData naptr:
                Set("flags", naptr.Flags);
                Set("service", naptr.Service);
                Set("regexp", naptr.Regexp);
                Set("replacement", naptr.Replacement);
                Set("order", naptr.Order);
                Set("preference", naptr.Preference);
                break;
            case CaaData caa:
                Set("critical", caa.Critical);
                Set(caa.Tag, caa.Value);
                break;
        }
        Set("type", TypeName(record.Type));
        return o;
    }

    static string TypeName(int type) => type switch
    {
        DnsMessage.A => "A",
        DnsMessage.AAAA => "AAAA",
        DnsMessage.NS => "NS",
        DnsMessage.CNAME => "CNAME",
        DnsMessage.SOA => "SOA",
        DnsMessage.PTR => "PTR",
        DnsMessage.MX => "MX",
        DnsMessage.TXT => "TXT",
        DnsMessage.SRV => "SRV",
        DnsMessage.NAPTR => "NAPTR",
        DnsMessage.CAA => "CAA",
        _ => type.ToString(),
    };
}
