using System;
using System.Collections.Generic;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Tapset functions that SystemTap 4.8 defines only inside <c>%( systemtap_v &lt;= "X" %? ... %)</c> (or
    /// <c>&lt; "X"</c>) blocks and nowhere else: kept for old <c>--compatible</c> levels, removed for current ones.
    /// Derived from the installed tapsets (/usr/share/systemtap/tapset, stap 4.8) by listing every function defined
    /// only in the active branch of such a condition; the value is the last language level that still has it.
    /// </summary>
    internal static class DeprecatedTapsetFunctions
    {
        public static readonly IReadOnlyDictionary<string, string> LastLevel = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__count_compat_envp"] = "3.2",
            ["__count_envp"] = "3.2",
            ["__getfh_inode"] = "2.2",
            ["__user_pointer"] = "3.2",
            ["_adjtx_mode_str"] = "2.7",
            ["_dev_major"] = "2.2",
            ["_dev_minor"] = "2.2",
            ["_epoll_events_str"] = "2.7",
            ["_internal_wait_opt_str"] = "2.7",
            ["_recvflags_str"] = "2.5",
            ["_sendflags_str"] = "2.5",
            ["_sock_fam_num"] = "2.2",
            ["_sock_flags_num"] = "2.2",
            ["_sock_prot_num"] = "2.2",
            ["_sock_state_num"] = "2.2",
            ["_sock_type_num"] = "2.2",
            ["_statfs_f_type_str"] = "2.7",
            ["_success_check"] = "2.2",
            ["_waitid_opt_str"] = "2.7",
            ["cpuid"] = "1.4",
            ["daddr_to_string"] = "1.9",
            ["get_32mmap_args"] = "3.0",
            ["get_mmap_args"] = "3.0",
            ["ppos_pos"] = "2.2",
            ["set_returnval"] = "4.0",
            ["stap_NFS_CLIENT"] = "2.2",
            ["task_backtrace"] = "1.6",
            ["task_exe_file"] = "3.2",
        };
    }
}
