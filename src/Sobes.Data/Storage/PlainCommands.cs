using System.Data.Common;

namespace Sobes.Data.Storage;

/// <summary>The few helpers the plain-SQL reads share (those a short command makes without EF).</summary>
internal static class PlainCommands
{
    /// <summary>Adds a parameter named <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
