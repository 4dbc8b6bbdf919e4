#pragma once
// Spreading independent per-file work over the machine's cores.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace gongkai::gen {

// Calls fn(i) for every i in [0, n) on up to `max_threads` threads (the
// build's --jobs) and returns the results in index order, so output does not
// depend on scheduling.
// REQUIRES: fn is safe to call concurrently for different i; R is default-constructible.
template <class R, class F>
std::vector<R> map_in_parallel(size_t n, F fn, unsigned max_threads) {
    std::vector<R> results(n);
    const size_t threads = std::min<size_t>(n, max_threads);
    if (threads <= 1) {
        for (size_t i = 0; i < n; ++i) results[i] = fn(i);
        return results;
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < n; i = next++) results[i] = fn(i);
    };
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    return results;
}

}  // namespace gongkai::gen
