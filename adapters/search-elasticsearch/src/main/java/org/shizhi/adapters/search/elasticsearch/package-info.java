/**
 * The case archive on an Elasticsearch server ({@link org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive}),
 * for cities that outgrow one machine. Tokens come from the platform's shared analysis and are indexed into
 * whitespace-analysed fields. The tests run against a real server (see {@code ElasticsearchServer} in the test sources).
 */
package org.shizhi.adapters.search.elasticsearch;
