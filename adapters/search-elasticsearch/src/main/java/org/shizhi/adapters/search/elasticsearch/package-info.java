/**
 * Search on an Elasticsearch server. The adapter comes with the archive port; for now the module holds the
 * test infrastructure that runs a real server (see {@code ElasticsearchServer} in the test sources).
 */
package org.shizhi.adapters.search.elasticsearch;
