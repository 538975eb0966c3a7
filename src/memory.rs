//! Handing memory the program no longer uses back to the system.
//!
//! Reading a person's page decodes every visit of each day they came, and
//! sled keeps the nodes it reads; with glibc's allocator the two interleave
//! and the freed pieces stay resident, so the resident set creeps up a few
//! MiB as pages are opened. Trimming after such a read gives whole free
//! pages back, which keeps dropin within its 40 MiB on old machines.

/// Gives free heap pages back to the system (glibc); nothing elsewhere.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory glibc's allocator holds
    // free; it takes the allocator's own locks and touches no Rust object.
    unsafe {
        libc::malloc_trim(0);
    }
}
