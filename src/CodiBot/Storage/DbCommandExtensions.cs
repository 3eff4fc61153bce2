using System.Data.Common;

namespace CodiBot.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds a parameter to be filled per row of a prepared, provider-neutral statement.</summary>
    public static DbParameter AddParameter(this DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }
}
