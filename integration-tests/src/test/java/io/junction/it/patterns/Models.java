package io.junction.it.patterns;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** Model classes of the classical-only pattern suites; each suite maps the ones it uses in its own registry. */
final class Models {

    private Models() {
    }

    /** The seed's widget and its entries, which refer to each other. */
    @Mapped
    static class Widget {
        Integer widgetId;
        String name;
        Integer favoriteEntryId;
        List<Entry> entries = new ArrayList<>();
        Entry favoriteEntry;

        Widget() {
        }

        Widget(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Entry {
        Integer entryId;
        String name;
        Integer widgetId;
        Widget widget;

        Entry() {
        }

        Entry(String name) {
            this.name = name;
        }
    }

    /** The seed's row that points to itself. */
    @Mapped
    static class Person {
        Integer userId;
        String name;
        Integer relatedUserId;
        Person relatedUser;

        Person() {
        }

        Person(String name) {
            this.name = name;
        }
    }

    /** Users and addresses for the alternate join conditions. */
    @Mapped
    static class User {
        Integer userId;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Address> bostonAddresses = new ArrayList<>();
        List<Address> newyorkAddresses = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();

        User() {
        }

        User(String name) {
            this.name = name;
        }

        /** The seed's query-enabled property: {@code object_session(self).query(Address).with_parent(self).filter(...)}. */
        List<Address> addressesIn(String city) {
            return io.junction.orm.session.Session.objectSession(this).query(Address.class)
                    .withParent(this, "addresses")
                    .filterBy("city", city)
                    .all();
        }
    }

    @Mapped
    static class Address {
        Integer addressId;
        Integer userId;
        String street;
        String city;

        Address() {
        }

        Address(String street, String city) {
            this.street = street;
            this.city = city;
        }

        @Override
        public String toString() {
            return street + ", " + city;
        }
    }

    @Mapped
    static class Keyword {
        Integer keywordId;
        String name;

        Keyword() {
        }

        Keyword(String name) {
            this.name = name;
        }
    }

    /** The seed's users and addresses with natural, mutable primary keys. */
    @Mapped
    static class Account {
        String username;
        String fullname;
        List<Mailbox> addresses = new ArrayList<>();

        Account() {
        }

        Account(String username) {
            this.username = username;
        }
    }

    @Mapped
    static class Mailbox {
        String email;
        String username;
        Account account;

        Mailbox() {
        }

        Mailbox(String email) {
            this.email = email;
        }
    }
}
