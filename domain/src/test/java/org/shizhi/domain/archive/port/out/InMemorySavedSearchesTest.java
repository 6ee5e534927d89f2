package org.shizhi.domain.archive.port.out;

class InMemorySavedSearchesTest extends SavedSearchesContract {

    @Override
    protected SavedSearches emptyStore() {
        return new InMemorySavedSearches();
    }
}
