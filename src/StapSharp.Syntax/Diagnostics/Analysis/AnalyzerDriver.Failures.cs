using System;
using Microsoft.CodeAnalysis;

namespace StapSharp.Diagnostics
{
    internal sealed partial class AnalyzerDriver
    {
        // One STP9001 per analyzer and distinct exception: a rule that throws on every node must not flood the output.
        private void ReportFailure(StapAnalyzer analyzer, Exception exception)
        {
            string name = SafeName(analyzer);
            string type = exception.GetType().FullName ?? exception.GetType().Name;
            string key = name + "\n" + type + "\n" + exception.Message;
            if (!_reportedFailures.TryAdd(key, true)) return;
            var descriptor = StapDiagnosticDescriptors.Get(ErrorCode.ERR_AnalyzerException);
            _diagnostics.Enqueue(Diagnostic.Create(descriptor, Location.None, name, type, exception.Message));
        }

        private static string SafeName(StapAnalyzer analyzer)
        {
            try
            {
                return analyzer.Name;
            }
            catch (Exception)
            {
                return analyzer.GetType().FullName ?? analyzer.GetType().Name;
            }
        }
    }
}
